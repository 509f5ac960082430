grep '"version"' config/settings.json | sed -E 's/.*"version": "([^"]+)".*/\1/'
grep -o '"[a-z]*":' config/settings.json | tr -d '":' | sort
grep -c true config/settings.json; echo "rc=$?"
