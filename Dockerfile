# One image recipe for every application: docker build --build-arg SERVICE=plan-service .
# The demo replay, a plain jar, is the stage of that name: docker build --build-arg SERVICE=demo-replay --target demo-replay .
# BuildKit (the builder of docker compose and of Docker Engine 23+) builds only the stages the target needs.
FROM maven:3.9.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
# Maven refuses a reactor with a module missing, so every module of the root pom.xml is here. The poms first:
# the dependencies they name are downloaded into a layer that is rebuilt only when a pom changes.
COPY pom.xml ./
COPY common/pom.xml common/
COPY plan-service/pom.xml plan-service/
COPY task-service/pom.xml task-service/
COPY evaluation-service/pom.xml evaluation-service/
COPY web-ui/pom.xml web-ui/
COPY demo-replay/pom.xml demo-replay/
COPY system-tests/pom.xml system-tests/
RUN mvn -B -q -pl "${SERVICE}" -am org.apache.maven.plugins:maven-dependency-plugin:3.9.0:go-offline
COPY common/src common/src
COPY plan-service/src plan-service/src
COPY task-service/src task-service/src
COPY evaluation-service/src evaluation-service/src
COPY web-ui/src web-ui/src
COPY demo-replay/src demo-replay/src
COPY system-tests/src system-tests/src
RUN mvn -B -q -pl "${SERVICE}" -am package -DskipTests

# Started as run.sh starts it: java -jar demo-replay.jar, its libraries in lib/ beside it.
FROM eclipse-temurin:17.0.15_6-jre AS demo-replay
WORKDIR /app
COPY --from=build /src/demo-replay/target/demo-replay.jar /app/
COPY --from=build /src/demo-replay/target/lib/ /app/lib/
ENTRYPOINT ["java", "-jar", "/app/demo-replay.jar"]

# The default target: the Quarkus application SERVICE.
FROM eclipse-temurin:17.0.15_6-jre AS application
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ /app/
ENV QUARKUS_HTTP_HOST=0.0.0.0
# The services' JVM settings, the same as run.sh's (scripts/lib.sh; why: docs/operations.md, "Memory"): each service
# aims at under 256 MB resident idle and 384 MB under load. The JVM reads JAVA_TOOL_OPTIONS itself; compose or
# docker run -e JAVA_TOOL_OPTIONS=... replaces them.
ENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:G1PeriodicGCInterval=5000 -XX:TrimNativeHeapInterval=5000 -XX:TieredStopAtLevel=1 -Xms32m -Xmx192m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10 -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:CICompilerCount=2" \
    MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-jar", "/app/quarkus-run.jar"]
