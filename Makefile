# Quick start: `make demo` (set up + report of the bundled demo data), `make test` (set up + tests).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: setup demo test analyze gui bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/ceo-desk demo -o out/demo-rapport.pdf

analyze: setup
	$(BIN)/ceo-desk analyze ceo_desk/resources/demo/ceo_jeugd_* \
		--reference ceo_desk/resources/demo/referentiegroep_jeugd.xlsx

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/lint-imports

gui: setup
	$(BIN)/ceo-desk gui

bench: setup
	$(BIN)/python benchmarks/bench_analyze.py

clean:
	rm -rf $(VENV) out
