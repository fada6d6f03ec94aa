# Herald: the two commands a newcomer needs are `make example` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift

.PHONY: setup example test bench eval-sentences eval-extraction eval-ner kb clean

# System libraries the package links: zlib (gzip inputs). Installed only when missing.
setup:
	@bash scripts/setup.sh

# Analyse the example article the project ships (the main job, on the default settings).
example: setup
	$(SWIFT) build -c release --product herald
	$$($(SWIFT) build -c release --show-bin-path)/herald analyze --format text --date 2016-09-05 examples/g20-summit.txt

# Every test.
test: setup
	$(SWIFT) test

# Stage throughput over the PolNeAR texts, beside spaCy's on the same files.
bench: setup
	bash scripts/bench-peers.sh

# Sentence-boundary F1 on UD English EWT test, beside spaCy's.
eval-sentences: setup
	bash scripts/eval-sentences.sh

# HTML extraction on ScrapingHub and WCXB (dev and test), beside trafilatura's.
eval-extraction: setup
	bash scripts/eval-extraction.sh

# Entity F1 on CoNLL++ and UNER EWT test, beside spaCy's.
eval-ner: setup
	bash scripts/eval-ner.sh

# Rebuild the knowledge base from ../shared/kb and the curated table.
kb: setup
	$(SWIFT) build -c release --product herald
	$$($(SWIFT) build -c release --show-bin-path)/herald kb build

clean:
	rm -rf .build
