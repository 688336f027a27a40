// Coach panel script: filled in with the panel.
