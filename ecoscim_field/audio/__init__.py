"""Audio capture, files and devices. No widgets."""
