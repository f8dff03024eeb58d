# syntax=docker/dockerfile:1
# Websockets Notify: build with Maven on JDK 21, run on a JRE 21 as a non-root user.
#   docker build -t websockets-notify .
#   docker run -p 5050:5050 -v notify-data:/app/data websockets-notify

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY config/ config/
# Every module of the parent pom must be here for Maven to read the build (DeployFilesTest checks it).
COPY test-support/ test-support/
COPY domain/ domain/
COPY application/ application/
COPY wire/ wire/
COPY adapter-sqlite/ adapter-sqlite/
COPY adapter-postgres/ adapter-postgres/
COPY adapter-jwt/ adapter-jwt/
COPY adapter-http/ adapter-http/
COPY adapter-websocket/ adapter-websocket/
COPY adapter-simulator/ adapter-simulator/
COPY bootstrap/ bootstrap/
COPY client/ client/
COPY system-tests/ system-tests/
COPY bench/ bench/
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -DskipTests -pl bootstrap -am package

FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system notify \
    && useradd --system --gid notify --home-dir /app --shell /usr/sbin/nologin notify \
    && mkdir -p /app/data \
    && chown -R notify:notify /app
WORKDIR /app
COPY --from=build /src/bootstrap/target/libs/ /app/libs/
COPY --from=build /src/bootstrap/target/websockets-notify.jar /app/websockets-notify.jar
USER notify
VOLUME ["/app/data"]
EXPOSE 5050
ENV NOTIFY_DB_PATH=/app/data/notify.db \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:5050/observe/health/live || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS --enable-native-access=ALL-UNNAMED -Dnotify.db.path=\"$NOTIFY_DB_PATH\" -jar /app/websockets-notify.jar"]
