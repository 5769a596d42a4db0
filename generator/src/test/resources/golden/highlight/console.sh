$ python3 -m venv myenv
$ source myenv/bin/activate
(myenv) $ pip install requests
Collecting requests
  Downloading requests-2.31.0-py3-none-any.whl (62 kB)
Successfully installed requests-2.31.0
(myenv) $ python --version
Python 3.12.1
user@host:~/project$ git status --short
 M README.md
% echo "zsh prompt" | wc -c
11
$ docker build \
    -t app:latest .
