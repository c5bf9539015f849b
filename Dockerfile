# The Waqai service image: built with the Maven wrapper, run on a JRE 17.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY ontology ontology
COPY samples samples
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 waqai
WORKDIR /app
COPY --from=build /src/target/quarkus-app /app/quarkus-app
COPY --from=build /src/samples /app/samples
USER waqai
EXPOSE 8080
ENTRYPOINT ["java", "-Dquarkus.http.host=0.0.0.0", "-jar", "/app/quarkus-app/quarkus-run.jar"]
