package org.ameliwalkthrough.workshop;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as one SVG path, drawn by our server from qrcodegen's modules (the library draws no SVG
 * itself): one unit square per dark module, with the 4-module quiet zone the standard asks for.
 */
record QrSvg(int size, String path) {

    private static final int QUIET = 4;

    static QrSvg of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET)
                            .append(',')
                            .append(y + QUIET)
                            .append("h1v1h-1z");
                }
            }
        }
        return new QrSvg(qr.size + 2 * QUIET, path.toString());
    }

    public String viewBox() {
        return "0 0 " + size + " " + size;
    }
}
