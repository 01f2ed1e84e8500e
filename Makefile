# Shortcuts for developers; the README's two commands are ./run.sh and ./test.sh (no make needed).
.PHONY: run test setup lint bench package clean

run:
	./run.sh

test:
	./test.sh

setup:
	bash scripts/setup.sh

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

bench: setup
	.venv/bin/python bench/extract_accuracy.py ../shared/corpus/dev
	.venv/bin/python bench/extract_speed.py

package:
	bash scripts/package.sh

clean:
	rm -rf .venv bench/out .pytest_cache .ruff_cache build dist
