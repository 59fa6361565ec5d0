# One image recipe for every application: docker build --build-arg SERVICE=plan-service .
FROM maven:3.9.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY pom.xml ./
COPY common common
COPY plan-service plan-service
COPY task-service task-service
COPY evaluation-service evaluation-service
COPY web-ui web-ui
COPY system-tests system-tests
RUN mvn -B -q -pl "${SERVICE}" -am package -DskipTests

FROM eclipse-temurin:17.0.15_6-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ /app/
ENV QUARKUS_HTTP_HOST=0.0.0.0
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quarkus-run.jar"]
