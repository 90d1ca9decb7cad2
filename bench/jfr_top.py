#!/usr/bin/env python3
"""Where the CPU goes, from a JFR recording's execution samples (JDK 17 has no `jfr view hot-methods`).

Usage: jfr print --events jdk.ExecutionSample --stack-depth 256 REC.jfr | jfr_top.py [--ms-per-request MS]

Prints, as shares of the samples (and in ms of CPU per request when --ms-per-request is given):
- by feature, "self": each sample goes to the innermost frame that belongs to a feature (JDK, Spring
  core and utility frames are transparent: a HashMap.get called by Thymeleaf counts as Thymeleaf);
- by feature, "on stack": samples with any frame of the feature (the filter chain wraps every request,
  so it is near 100 % there: read its "self" line);
- the top methods by self (top frame) and by total (on the stack, counted once per sample), leaving
  out frames on more than 80 % of the stacks (Tomcat's and the filter chain's wrappers).
"""
import argparse
import collections
import sys

# (feature, prefixes), checked in order for each frame; a frame matching none is transparent.
FEATURES = [
    ("class-path resource lookup (nested jars, URL handlers)", (
        "org.springframework.boot.loader.", "sun.net.www.protocol.jar.", "java.util.zip.", "java.util.jar.",
        "jdk.internal.loader.", "java.lang.ClassLoader.getResource", "java.net.URL.", "java.net.URLConnection",
        "org.springframework.core.io.", "java.lang.Class.getResource")),
    ("static resource chain (ResourceUrlProvider, resource handlers)", ("org.springframework.web.servlet.resource.",)),
    ("message resolution (MessageSource, MessageFormat, ResourceBundle)", (
        "org.springframework.context.support.AbstractMessageSource", "org.springframework.context.support.ResourceBundleMessageSource",
        "org.springframework.context.support.MessageSourceSupport", "org.springframework.context.support.DelegatingMessageSource",
        "org.springframework.context.support.AbstractApplicationContext.getMessage",
        "org.springframework.context.support.ReloadableResourceBundleMessageSource",
        "java.text.MessageFormat", "java.util.ResourceBundle", "org.thymeleaf.spring6.messageresolver.",
        "org.thymeleaf.messageresolver.", "org.thymeleaf.standard.expression.MessageExpression")),
    ("Jackson (JSON)", ("com.fasterxml.jackson.", "tools.jackson.")),
    ("H2 database engine", ("org.h2.",)),
    ("Spring Session JDBC", ("org.springframework.session.",)),
    ("JDBC, Hikari, transactions, Spring Data", (
        "org.springframework.jdbc.", "com.zaxxer.hikari.", "org.springframework.transaction.", "org.springframework.data.",
        "org.postgresql.")),
    ("SpEL (Thymeleaf expressions)", ("org.springframework.expression.", "org.thymeleaf.spring6.expression.")),
    ("Thymeleaf rendering", ("org.thymeleaf.", "org.attoparser.", "org.unbescape.")),
    ("Bean Validation", ("org.hibernate.validator.", "jakarta.validation.")),
    ("crypto and randomness (CSRF tokens, ids)", (
        "java.security.SecureRandom", "sun.security.", "java.util.Base64", "javax.crypto.", "com.sun.crypto.",
        "java.security.MessageDigest", "org.springframework.security.crypto.")),
    ("Spring Security filter chain", ("org.springframework.security.",)),
    ("Spring MVC, data binding, HTTP", (
        "org.springframework.web.", "org.springframework.http.", "org.springframework.validation.",
        "org.springframework.beans.", "org.springframework.boot.web.", "org.springframework.boot.webmvc.",
        "org.springframework.boot.servlet.")),
    ("actuator, metrics, observation", ("io.micrometer.", "org.springframework.boot.actuate.")),
    ("logging", ("ch.qos.logback.", "org.slf4j.", "org.apache.logging.")),
    ("our code (org.ameliwalkthrough)", ("org.ameliwalkthrough.",)),
    ("Tomcat, HTTP parsing, sockets", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.", "org.apache.el.")),
    ("other libraries", ("org.iban4j.", "com.google.i18n.", "org.apache.commons.", "com.bucket4j.", "io.github.bucket4j.")),
]
NO_FEATURE = "JDK only (no feature frame on the stack)"


def feature(frame):
    for name, prefixes in FEATURES:
        if frame.startswith(prefixes):
            return name
    return None


def samples(lines):
    """Yields each sample's frames, top (innermost) first, as 'package.Class.method'."""
    frames = None
    for line in lines:
        s = line.strip()
        if s == "stackTrace = [":
            frames = []
        elif frames is not None:
            if s == "]":
                yield frames
                frames = None
            elif s and s != "...":
                frames.append(s.split("(", 1)[0])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ms-per-request", type=float)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()

    n = 0
    self_feature = collections.Counter()
    on_stack = collections.Counter()
    self_method = collections.Counter()
    total_method = collections.Counter()
    for frames in samples(sys.stdin):
        if not frames:
            continue
        n += 1
        self_method[frames[0]] += 1
        for m in set(frames):
            total_method[m] += 1
        feats = [feature(f) for f in frames]
        self_feature[next((f for f in feats if f), NO_FEATURE)] += 1
        for f in set(feats):
            if f:
                on_stack[f] += 1
    if n == 0:
        sys.exit("no jdk.ExecutionSample events in the input")

    def cell(count):
        share = f"{100 * count / n:.1f} %"
        if args.ms_per_request:
            share += f" | {args.ms_per_request * count / n:.3f} ms"
        return share

    unit = " | ms CPU/request" if args.ms_per_request else ""
    print(f"{n} samples" + (f"; {args.ms_per_request:.3f} ms of CPU per request" if args.ms_per_request else ""))
    print()
    print(f"| feature (innermost frame) | self{unit} | on stack |")
    print("|---|---|" + ("---|" if unit else "") + "---|")
    for f, c in self_feature.most_common():
        print(f"| {f} | {cell(c)} | {100 * on_stack[f] / n:.1f} % |")
    print()
    print(f"| top methods, self | share{unit} |")
    print("|---|---|" + ("---|" if unit else ""))
    for m, c in self_method.most_common(args.top):
        print(f"| `{m}` | {cell(c)} |")
    print()
    print(f"| top methods, total (on < 80 % of stacks) | share{unit} |")
    print("|---|---|" + ("---|" if unit else ""))
    shown = 0
    for m, c in total_method.most_common():
        if c > 0.8 * n or not feature(m):
            continue
        print(f"| `{m}` | {cell(c)} |")
        shown += 1
        if shown == args.top:
            break


if __name__ == "__main__":
    main()
