"""Parse-only throughput of libxml2's HTML parser, through lxml (what trafilatura stands on).

Reads every page (gzipped or not) into memory, then parses them all, best of three runs, CPU time of
this thread. Prints one line: pages, MB, pages/s and MB/s.
    libxml2_parse.py FILE_OR_DIR...
"""
import gzip, os, sys, time
import lxml.etree, lxml.html

paths = []
for arg in sys.argv[1:]:
    paths += [os.path.join(arg, f) for f in sorted(os.listdir(arg))] if os.path.isdir(arg) else [arg]
pages = [gzip.open(p).read() if p.endswith(".gz") else open(p, "rb").read() for p in paths]
best = float("inf")
for _ in range(3):
    start = time.thread_time()
    for page in pages:
        try:
            lxml.html.document_fromstring(page)
        except (lxml.etree.ParserError, ValueError):
            pass  # an empty document: libxml2 gives no tree
    best = min(best, time.thread_time() - start)
mb = sum(map(len, pages)) / 1048576
version = ".".join(map(str, lxml.etree.LIBXML_VERSION))
print(f"libxml2 {version} (lxml {lxml.etree.__version__}) parse only: {len(pages)} pages, {mb:.1f} MB, "
      f"{len(pages) / best:.0f} pages/s, {mb / best:.2f} MB/s")
