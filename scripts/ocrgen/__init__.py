"""ocrgen: render clean bulletin text as damaged column OCR with its answer key."""
