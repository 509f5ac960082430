ls -R docs
ls -R src/scripts
