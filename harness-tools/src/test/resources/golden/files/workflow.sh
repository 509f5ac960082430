mkdir -p backup/docs
cp docs/guide/*.md backup/docs/
mv backup/docs/install.md backup/docs/INSTALL.md
rm backup/docs/usage.md
ls -R backup
cat backup/docs/INSTALL.md | head -1
