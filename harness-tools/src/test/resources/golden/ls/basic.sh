ls
ls docs
ls docs/guide src/scripts
ls -1 config
