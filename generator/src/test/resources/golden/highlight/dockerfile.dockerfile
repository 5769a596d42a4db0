# syntax=docker/dockerfile:1
FROM python:3.12-slim AS build

ARG APP_VERSION=1.0.0
ENV PIP_NO_CACHE_DIR=1 \
    APP_HOME=/app

WORKDIR ${APP_HOME}
COPY requirements.txt .
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc \
    && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt

FROM python:3.12-slim
COPY --from=build /usr/local /usr/local
COPY . /app
EXPOSE 8000/tcp
USER 1000
HEALTHCHECK --interval=30s CMD curl -f http://localhost:8000/health || exit 1
ENTRYPOINT ["gunicorn", "app:create_app()", "--bind", "0.0.0.0:8000"]
