ls -a
ls -A | head -3
ls -a .config
