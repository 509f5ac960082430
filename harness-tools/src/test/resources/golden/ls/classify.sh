ls -F
ls -p docs
