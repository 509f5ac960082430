ls -r
ls -1r docs/guide
ls -S logs
