#!/usr/bin/env python3
"""Small page-reading helpers for bench/run and bench/profile (no third-party modules).

  pages.py csrf FILE             the value of the first hidden _csrf field in an HTML page
  pages.py assets FILE PAGE_URL  the stylesheets, scripts and images a page links, one absolute URL a line,
                                 prefixed "css", "js" or "img" (what a browser fetches on a first visit)
  pages.py cookies JAR           a curl cookie jar as one Cookie header value ("a=1; b=2"), as a browser sends
  pages.py quote TEXT            TEXT percent-encoded for a form body
"""
import sys
import urllib.parse
from html.parser import HTMLParser


class Links(HTMLParser):
    def __init__(self, page_url):
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.csrf = None
        self.assets = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") == "_csrf" and self.csrf is None:
            self.csrf = a.get("value", "")
        elif tag == "link" and "stylesheet" in (a.get("rel") or "").split() and a.get("href"):
            self.add("css", a["href"])
        elif tag == "script" and a.get("src"):
            self.add("js", a["src"])
        elif tag == "img" and a.get("src") and not a["src"].startswith("data:"):
            self.add("img", a["src"])

    def add(self, kind, url):
        absolute = urllib.parse.urljoin(self.page_url, url)
        if (kind, absolute) not in self.assets:
            self.assets.append((kind, absolute))


def read(path, page_url="http://localhost/"):
    parser = Links(page_url)
    with open(path, encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    return parser


def cookies(jar):
    pairs = []
    with open(jar) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#HttpOnly_"):
                line = line[len("#HttpOnly_"):]
            elif line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) == 7:
                pairs.append(f"{fields[5]}={fields[6]}")
    return "; ".join(pairs)


def main(argv):
    if argv[1] == "csrf":
        print(read(argv[2]).csrf or "")
    elif argv[1] == "assets":
        for kind, url in read(argv[2], argv[3]).assets:
            print(kind, url)
    elif argv[1] == "cookies":
        print(cookies(argv[2]))
    elif argv[1] == "quote":
        print(urllib.parse.quote_plus(argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
