"""The scorer of ocr-clean: compares cleaned pages with hand-checked answer keys."""
