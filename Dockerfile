# The gcm command-line tool as a container image.
#
#   docker build -t gcm .
#   docker run --rm -v "$PWD:/work" gcm check my-network.yaml
#
# The files to check are mounted at /work, the working directory; the tool runs as an unprivileged
# user, so mount them readable by others (or pass --user "$(id -u):$(id -g)" to write there).

# Build: the Maven Wrapper packages the distribution (tests are run by CI, not here).
FROM eclipse-temurin:17-jdk AS build
# The wrapper unpacks Maven with unzip, which the JDK image lacks.
RUN apt-get update \
 && apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -pl gcm-cli -am -DskipTests -P '!errorprone' \
 && mkdir -p /opt/gcm \
 && tar -xzf gcm-cli/target/gcm-*.tar.gz -C /opt/gcm --strip-components=1

# Run: a JRE and the unpacked distribution, nothing else.
FROM eclipse-temurin:17-jre
ARG GCM_VERSION=0.1.0-SNAPSHOT
LABEL org.opencontainers.image.title="gcm" \
      org.opencontainers.image.description="Check, render and compare the charters and workplans of UN migration networks." \
      org.opencontainers.image.version="${GCM_VERSION}" \
      org.opencontainers.image.source="https://github.com/gcmkit/gcmkit" \
      org.opencontainers.image.url="https://github.com/gcmkit/gcmkit" \
      org.opencontainers.image.documentation="https://github.com/gcmkit/gcmkit/blob/main/docs/cli.md" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.vendor="The gcmkit authors"
RUN groupadd --system gcm && useradd --system --gid gcm --no-create-home --shell /usr/sbin/nologin gcm
COPY --from=build /opt/gcm /opt/gcm
USER gcm
WORKDIR /work
ENTRYPOINT ["/opt/gcm/bin/gcm"]
CMD ["--help"]
