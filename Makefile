# Two commands do all the set-up on a fresh Debian or Ubuntu machine:
#   make run    installs what the app needs and opens it
#   make test   installs what the tests need and runs lint, types and the whole suite
# Both install missing system packages with apt-get (through sudo unless root) and keep
# Python packages in a virtual environment in .venv.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# PortAudio for capture; Qt's runtime needs (EGL, fontconfig, xkbcommon, D-Bus, xcb for a
# real display) and a font; PulseAudio's null sink is the virtual sound card of the tests;
# Xvfb gives the one test that needs a real drag and drop an X display; sox and espeak-ng
# play a tone and speech into the virtual sound card.
APP_PACKAGES := libportaudio2 libsndfile1 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
TEST_PACKAGES := pulseaudio pulseaudio-utils libasound2-plugins alsa-utils util-linux xvfb xauth \
	sox espeak-ng

.PHONY: run test lint system-app system-test translations clean

run: system-app $(VENV)/.installed translations
	$(PY) -m ecoscim_field

test: system-app system-test $(VENV)/.installed translations lint
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) -m ecoscim_field i18n check

translations: $(VENV)/.installed
	$(PY) -m ecoscim_field i18n compile

system-app:
	@$(MAKE) --no-print-directory _apt PACKAGES="$(APP_PACKAGES)"

system-test:
	@$(MAKE) --no-print-directory _apt PACKAGES="$(TEST_PACKAGES)"

_apt:
	@if ! command -v dpkg >/dev/null 2>&1; then \
		echo "Not a Debian/Ubuntu system: install PortAudio and Qt's runtime libraries yourself."; \
	else \
		missing=""; \
		for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		if [ -n "$$missing" ]; then \
			echo "Installing:$$missing"; \
			$(SUDO) apt-get update -qq && \
			$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		fi; \
	fi

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv && \
		$(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

clean:
	rm -rf $(VENV) translations/*.qm .pytest_cache .mypy_cache .ruff_cache
