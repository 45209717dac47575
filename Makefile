# Quick start: `make demo` (set up + report of the bundled demo data), `make test` (set up + tests).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: setup demo test analyze gui bench bundle bundle-check clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q ceo_desk     # as a wheel install does: no compiling at every start
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

# The desktop program: dist/ceo-desk/ with `ceo-desk` and `ceo-desk-gui` (PyInstaller, build/ceo-desk.spec).
# Not part of `make test` or CI: it takes minutes and about 0.5 GB.
bundle: setup
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/work build/ceo-desk.spec

# Runs --version, demo (nl, en) and gui --screenshot from the built bundle, with times and size.
bundle-check:
	$(PYTHON) build/check_bundle.py dist/ceo-desk

clean:
	rm -rf $(VENV) out dist build/work
