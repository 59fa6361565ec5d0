package vn.hungyen.snv.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The Dockerfile builds what the reactor lists, and each image of docker-compose.yml starts as run.sh starts the
 * same module: the same jar, profile and port, and the demo replay once the four applications are ready.
 */
class DockerBuildTest {

    private static final Path ROOT = Path.of("..");

    private static List<String> modules;
    private static Dockerfile dockerfile;
    private static List<String> dockerignore;
    private static RunScript runScript;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void parse() throws Exception {
        NodeList reactor = (NodeList) XPathFactory.newInstance().newXPath().evaluate("/project/modules/module",
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile()),
                XPathConstants.NODESET);
        modules = new ArrayList<>();
        for (int i = 0; i < reactor.getLength(); i++) {
            modules.add(reactor.item(i).getTextContent().trim());
        }
        dockerfile = Dockerfile.parse(Files.readAllLines(ROOT.resolve("Dockerfile")));
        dockerignore = Files.readAllLines(ROOT.resolve(".dockerignore"));
        runScript = new RunScript(Files.readString(ROOT.resolve("run.sh")),
                Files.readString(ROOT.resolve("scripts/lib.sh")));
        services = ComposeFileTest.readServices();
    }

    @Test
    void theBuildStageHasThePomAndSourcesOfEveryModuleOfTheReactorBeforeMavenNeedsThem() {
        assertThat(modules).as("the root pom's modules").isNotEmpty();
        Stage build = dockerfile.buildStage();
        Instruction packaging = build.packaging();
        int firstMaven = build.instructions().stream().filter(Instruction::runsMaven).findFirst().orElseThrow().index();
        List<String> parts = new ArrayList<>(List.of("pom.xml"));
        modules.forEach(module -> parts.addAll(List.of(module + "/pom.xml", module + "/src")));
        for (String part : parts) {
            Copy copy = build.contextCopy(part)
                    .orElseThrow(() -> new AssertionError(part + " is not copied into the build stage"));
            assertThat(copy.toImage(part)).as(part + " in the reactor").hasValue(packaging.workdir().resolve(part));
            assertThat(copy.index()).as(part + " is there before Maven needs it")
                    .isLessThan(part.endsWith("pom.xml") ? firstMaven : packaging.index());
        }
    }

    @Test
    void dockerignoreLeavesEveryPomAndSourceOfTheReactorInTheBuildContext() throws IOException {
        List<String> needed = new ArrayList<>(List.of("pom.xml"));
        for (String module : modules) {
            needed.add(module + "/pom.xml");
            try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src"))) {
                sources.filter(Files::isRegularFile).map(file -> ROOT.relativize(file).toString()).forEach(needed::add);
            }
        }
        assertThat(needed.stream().filter(DockerBuildTest::ignoredByDocker)).as("left out by .dockerignore").isEmpty();
    }

    @Test
    void everyApplicationImageStartsTheJarRunShStartsWithItsProfileAndPort() {
        assertThat(runScript.services()).as("run.sh's applications").isNotEmpty();
        for (String service : runScript.services()) {
            Launch image = containerLaunch(service);
            Launch script = runScript.applicationLaunch(service);
            assertRunsTheSameJar(service, image, script);
            for (String setting : List.of("quarkus.profile", "quarkus.http.port")) {
                assertThat(script.setting(setting)).as("run.sh's " + setting + " of " + service).isPresent();
                assertThat(image.setting(setting)).as(setting + " of " + service).isEqualTo(script.setting(setting));
            }
            assertThat(containerEnvironment(service).get("JAVA_TOOL_OPTIONS")).as("the JVM settings of " + service)
                    .isEqualTo(runScript.defaults.get("SERVICE_JAVA_OPTS"));
            String port = script.setting("quarkus.http.port").orElseThrow();
            assertThat(services.get(service).get("ports")).as(service + " is published on run.sh's port")
                    .asInstanceOf(InstanceOfAssertFactories.LIST).contains(port + ":" + port);
        }
    }

    @Test
    void composeReplaysTheDemoAsRunShDoesOnceTheApplicationsAreReady() {
        Launch script = runScript.replayLaunch();
        String replay = moduleOf(script.jar());
        Launch image = containerLaunch(replay);
        assertRunsTheSameJar(replay, image, script);

        List<String> byPort = runScript.services().stream().sorted(Comparator.comparingInt(runScript::port)).toList();
        assertThat(script.arguments()).as("run.sh replays against its applications' ports, from the port base")
                .containsExactly(String.valueOf(runScript.port(byPort.get(0))));
        assertThat(image.arguments()).as("compose replays against the same applications by their host names")
                .containsExactlyElementsOf(byPort.stream().map(s -> "http://" + s + ":" + runScript.port(s)).toList());

        Map<String, Object> service = services.get(replay);
        assertThat(service.get("restart")).as(replay + " runs once").isIn(null, "no");
        for (String application : byPort) {
            assertThat(service.get("depends_on")).as(replay + " waits for " + application)
                    .asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry(application, Map.of("condition", "service_healthy"));
            assertThat(healthcheck(application)).as(application + " is healthy when run.sh calls it ready")
                    .contains(runScript.readyUrl(application));
        }
    }

    /**
     * The image runs run.sh's jar (a path from the repository's root, where run.sh runs), built in the image from
     * its module, with the libraries beside it that run.sh's jar has.
     */
    private static void assertRunsTheSameJar(String service, Launch image, Launch script) {
        String module = moduleOf(script.jar());
        assertThat(dockerfile.buildStage().packagedModules(buildArgs(service))).as(service + " image builds " + module)
                .contains(module);
        Path jar = Path.of(image.jar());
        assertThat(contextPathOf(service, jar)).as(service + " image's jar").isEqualTo(script.jar());
        assertThat(contextPathOf(service, jar.resolveSibling("lib"))).as(service + " image's libraries")
                .isEqualTo(Path.of(script.jar()).resolveSibling("lib").toString());
    }

    private static String moduleOf(String path) {
        return Path.of(path).getName(0).toString();
    }

    /** How the compose service's container starts: the image's ENTRYPOINT and CMD as compose overrides them. */
    private static Launch containerLaunch(String name) {
        Map<String, Object> service = services.get(name);
        assertThat(service).as(name + " in docker-compose.yml").isNotNull();
        Stage stage = imageStage(name);
        List<String> argv = new ArrayList<>(
                Optional.ofNullable(words(service.get("entrypoint"))).orElseGet(() -> stage.execForm("ENTRYPOINT")));
        argv.addAll(Optional.ofNullable(words(service.get("command")))
                .orElseGet(() -> service.containsKey("entrypoint") ? List.of() : stage.execForm("CMD")));
        return new Launch(argv, containerEnvironment(name)::get);
    }

    /** The image's ENV, then the compose service's environment over it. */
    private static Map<String, String> containerEnvironment(String name) {
        Map<String, String> environment = new HashMap<>(imageStage(name).environment(buildArgs(name)));
        Optional.ofNullable(ComposeFileTest.environment(services.get(name)))
                .ifPresent(e -> e.forEach((key, value) -> environment.put(key, String.valueOf(value))));
        return environment;
    }

    /** What the service's image has at imagePath, as the path in the repository the build stage made it at. */
    private static String contextPathOf(String service, Path imagePath) {
        Stage build = dockerfile.buildStage();
        Path built = imageStage(service).copies(buildArgs(service)).stream().filter(c -> build.name().equals(c.from()))
                .map(c -> c.fromImage(imagePath)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new AssertionError(service + " image has no " + imagePath + " from the build"));
        Path reactor = build.packaging().workdir();
        assertThat(built).as(imagePath + " of " + service + " image is built in the reactor").startsWithRaw(reactor);
        return reactor.relativize(built).toString();
    }

    private static Stage imageStage(String service) {
        Object target = ComposeFileTest.build(services.get(service)).get("target");
        List<Stage> stages = dockerfile.stages();
        return target == null ? stages.get(stages.size() - 1) : dockerfile.stage(target.toString());
    }

    private static Map<String, String> buildArgs(String service) {
        Map<?, ?> args = (Map<?, ?>) ComposeFileTest.build(services.get(service)).get("args");
        return args == null ? Map.of() : args.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), e -> String.valueOf(e.getValue())));
    }

    /** The service's health check, as its container's shell runs it ($$ is compose's escape of $). */
    private static String healthcheck(String name) {
        List<String> test = words(((Map<?, ?>) services.get(name).get("healthcheck")).get("test"));
        assertThat(test).as(name + " health check").first().isEqualTo("CMD-SHELL");
        Map<String, String> environment = containerEnvironment(name);
        return expand(test.get(1).replace("$$", "$"), variable -> environment.getOrDefault(variable, ""));
    }

    /** Does .dockerignore leave the path out of the build context? The last pattern that matches it decides. */
    private static boolean ignoredByDocker(String path) {
        boolean ignored = false;
        for (String line : dockerignore) {
            String pattern = line.trim();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            Pattern glob = glob(pattern.substring(exception ? 1 : 0).replaceAll("^/+|^\\./|/+$", ""));
            if (Stream.iterate(Path.of(path), Objects::nonNull, Path::getParent)
                    .anyMatch(pathOrParent -> glob.matcher(pathOrParent.toString()).matches())) {
                ignored = !exception;
            }
        }
        return ignored;
    }

    /** A .dockerignore pattern: ** for any number of directories, * and ? within one name. */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.startsWith("**/", i)) {
                regex.append("(.*/)?");
                i += 2;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (pattern.charAt(i) == '*') {
                regex.append("[^/]*");
            } else if (pattern.charAt(i) == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** $NAME and ${NAME} replaced by their values, as a shell or Docker expands them here. */
    private static String expand(String text, UnaryOperator<String> values) {
        Matcher variable = Pattern.compile("\\$\\{?(\\w+)}?").matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(expanded, Matcher.quoteReplacement(values.apply(variable.group(1))));
        }
        return variable.appendTail(expanded).toString();
    }

    /** A compose command, entrypoint or health check test: a list, or a string split into words; null if absent. */
    private static List<String> words(Object command) {
        if (command == null) {
            return null;
        }
        return command instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(command.toString().trim().split("\\s+"));
    }

    /**
     * How a JVM is started: its command line and environment. A setting is a -D system property before -jar,
     * else its environment variable (quarkus.http.port: QUARKUS_HTTP_PORT), as MicroProfile Config reads them.
     */
    private record Launch(List<String> argv, UnaryOperator<String> environment) {

        private int jarOption() {
            assertThat(argv).as("a java -jar command line").first().isEqualTo("java");
            assertThat(argv).as("a java -jar command line").contains("-jar");
            return argv.indexOf("-jar");
        }

        String jar() {
            return argv.get(jarOption() + 1);
        }

        List<String> arguments() {
            return argv.subList(jarOption() + 2, argv.size());
        }

        Optional<String> setting(String property) {
            String option = "-D" + property + "=";
            return argv.subList(1, jarOption()).stream().filter(o -> o.startsWith(option))
                    .map(o -> o.substring(option.length())).findFirst().or(() -> Optional.ofNullable(
                            environment.apply(property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"))));
        }
    }

    /** run.sh, read as far as how it starts the applications and the replay, with its default settings. */
    private static final class RunScript {

        private static final Pattern DEFAULT = Pattern.compile("(?m)^(\\w+)=\"\\$\\{\\w+:-([^}]*)}\"$");
        private static final Pattern PORT_OF =
                Pattern.compile("([\\w-]+)\\) echo \\$\\(\\(PORT_BASE(?: \\+ (\\d+))?\\)\\)");
        /** A java command line, without what is redirected or piped. */
        private static final Pattern JAVA = Pattern.compile("(?m)^\\s*(?:nohup )?(java .*?)\\s*\\\\?\\s*(?:[|<>].*)?$");

        private final String text;
        private final Map<String, String> defaults = new HashMap<>();

        /** run.sh's text and that of scripts/lib.sh, which it sources (the services' JVM settings are there). */
        RunScript(String text, String library) {
            this.text = text;
            Matcher assignment = DEFAULT.matcher(library + "\n" + text);
            while (assignment.find()) {
                defaults.put(assignment.group(1), assignment.group(2));
            }
            assertThat(defaults).as("run.sh's settings with defaults").containsKeys("PORT_BASE", "PROFILE");
        }

        List<String> services() {
            Matcher services = Pattern.compile("(?m)^SERVICES=\\(([^)]*)\\)").matcher(text);
            assertThat(services.find()).as("run.sh's SERVICES=(…)").isTrue();
            return List.of(services.group(1).trim().split("\\s+"));
        }

        int port(String service) {
            Matcher portOf = PORT_OF.matcher(function("port_of"));
            while (portOf.find()) {
                if (portOf.group(1).equals(service)) {
                    return Integer.parseInt(defaults.get("PORT_BASE"))
                            + (portOf.group(2) == null ? 0 : Integer.parseInt(portOf.group(2)));
                }
            }
            throw new AssertionError("run.sh's port_of has no port for " + service);
        }

        /** The URL run.sh's ready() calls to know that the service is ready: on the service's management port. */
        String readyUrl(String service) {
            Matcher url = Pattern.compile("\"(http://[^\"]+)\"").matcher(function("ready"));
            assertThat(url.find()).as("run.sh's ready() calls a URL").isTrue();
            return url.group(1).replace("$1", String.valueOf(managementPort(service)));
        }

        /** The service's management port (health, metrics): its port plus management_port_of's offset. */
        int managementPort(String service) {
            Matcher offset = Pattern.compile("\\$\\(port_of \"\\$1\"\\) \\+ (\\d+)")
                    .matcher(function("management_port_of"));
            assertThat(offset.find()).as("run.sh's management_port_of adds an offset to port_of").isTrue();
            return port(service) + Integer.parseInt(offset.group(1));
        }

        /** start_app's java command for the service, with the environment variables it sets before it. */
        Launch applicationLaunch(String service) {
            String startApp = function("start_app");
            Map<String, String> variables = new HashMap<>(defaults);
            variables.put("s", service);
            Matcher port = Pattern.compile("(\\w+)=\\$\\(port_of \"\\$s\"\\)").matcher(startApp);
            assertThat(port.find()).as("start_app takes the port from port_of").isTrue();
            variables.put(port.group(1), String.valueOf(port(service)));
            UnaryOperator<String> values = name -> {
                assertThat(variables).as("run.sh's variables in start_app").containsKey(name);
                return variables.get(name);
            };
            UnaryOperator<String> environment = name -> {
                Matcher set = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(startApp);
                return set.find() ? expand(set.group(1), values) : null;
            };
            return new Launch(onlyJavaCommand(startApp, values), environment);
        }

        /** run.sh's other java command: the replay, with run.sh's own environment, which sets nothing for it. */
        Launch replayLaunch() {
            return new Launch(onlyJavaCommand(text.replace(function("start_app"), ""), name -> {
                assertThat(defaults).as("run.sh's variables").containsKey(name);
                return defaults.get(name);
            }), name -> null);
        }

        private static List<String> onlyJavaCommand(String script, UnaryOperator<String> values) {
            Matcher java = JAVA.matcher(script);
            assertThat(java.find()).as("a java command").isTrue();
            List<String> argv = Stream.of(java.group(1).split("\\s+"))
                    .map(word -> expand(word.replace("\"", ""), values)).toList();
            assertThat(java.find()).as("another java command than " + argv).isFalse();
            return argv;
        }

        private String function(String name) {
            Matcher body = Pattern.compile("(?ms)^" + name + "\\(\\) \\{(.*?)}$").matcher(text);
            assertThat(body.find()).as("run.sh's function " + name).isTrue();
            return body.group(1);
        }
    }

    /** One instruction of a Dockerfile: its place in the file and the WORKDIR it runs in. */
    private record Instruction(int index, String keyword, String arguments, Path workdir) {

        boolean runsMaven() {
            return keyword.equals("RUN") && arguments.matches("(?s).*\\bmvn\\b.*");
        }
    }

    /** What a COPY puts where: a source, its destination, and whether the source is a directory. */
    private record Mapping(Path source, Path target, boolean directory) {
    }

    /** A COPY instruction: from the build context (from is null) or from another stage. */
    private record Copy(int index, String from, List<Mapping> mappings) {

        Optional<Path> toImage(String contextPath) {
            return translate(Path.of(contextPath), Mapping::source, Mapping::target);
        }

        Optional<Path> fromImage(Path imagePath) {
            return translate(imagePath, Mapping::target, Mapping::source);
        }

        private Optional<Path> translate(Path path, Function<Mapping, Path> side, Function<Mapping, Path> other) {
            return mappings.stream()
                    .filter(m -> path.equals(side.apply(m)) || m.directory() && path.startsWith(side.apply(m)))
                    .map(m -> other.apply(m).resolve(side.apply(m).relativize(path))).findFirst();
        }
    }

    /** A stage of the Dockerfile, from its FROM to the next. */
    private record Stage(String name, List<Instruction> instructions) {

        /** The RUN that builds the modules: mvn … package. */
        Instruction packaging() {
            return instructions.stream().filter(i -> i.runsMaven() && i.arguments().matches("(?s).*\\bpackage\\b.*"))
                    .findFirst().orElseThrow(() -> new AssertionError("stage " + name + " runs no mvn … package"));
        }

        /** The modules that mvn -pl packages with these build arguments. */
        List<String> packagedModules(Map<String, String> buildArgs) {
            List<String> words = List.of(resolve(packaging().arguments(), buildArgs).replace("\"", "").split("\\s+"));
            int projects = words.indexOf("-pl");
            return projects < 0 ? List.of() : List.of(words.get(projects + 1).split(","));
        }

        /** The first COPY from the build context that brings the path (a path from the context's root). */
        Optional<Copy> contextCopy(String contextPath) {
            return copies(Map.of()).stream().filter(c -> c.from() == null && c.toImage(contextPath).isPresent())
                    .findFirst();
        }

        /**
         * The stage's COPY instructions. A source from the context is a directory if it is one in the repository;
         * one from another stage if it ends with a slash.
         */
        List<Copy> copies(Map<String, String> buildArgs) {
            List<Copy> copies = new ArrayList<>();
            for (Instruction copy : instructions) {
                if (!copy.keyword().equals("COPY")) {
                    continue;
                }
                List<String> words = new ArrayList<>(List.of(resolve(copy.arguments(), buildArgs).split("\\s+")));
                String from = words.stream().filter(w -> w.startsWith("--from=")).map(w -> w.substring(7))
                        .findFirst().orElse(null);
                words.removeIf(w -> w.startsWith("--"));
                String destination = words.remove(words.size() - 1);
                Path target = copy.workdir().resolve(destination).normalize();
                boolean intoDirectory = destination.endsWith("/") || words.size() > 1;
                List<Mapping> mappings = words.stream().map(source -> {
                    boolean directory = from == null ? Files.isDirectory(ROOT.resolve(source)) : source.endsWith("/");
                    Path path = Path.of(source).normalize();
                    return new Mapping(path, directory || !intoDirectory ? target : target.resolve(path.getFileName()),
                            directory);
                }).toList();
                copies.add(new Copy(copy.index(), from, mappings));
            }
            return copies;
        }

        /** The stage's last ENTRYPOINT or CMD in exec form (a JSON array), which Docker does not expand; or none. */
        List<String> execForm(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).reduce((first, last) -> last)
                    .map(i -> {
                        try {
                            return new ObjectMapper().readValue(i.arguments(), new TypeReference<List<String>>() { });
                        } catch (IOException e) {
                            throw new UncheckedIOException(keyword + " of stage " + name + " is not a JSON array", e);
                        }
                    }).orElse(List.of());
        }

        /** NAME=value or NAME="value with spaces" of an ENV instruction. */
        private static final Pattern ENV_PAIR = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S*))");

        /** The stage's ENV NAME=value … */
        Map<String, String> environment(Map<String, String> buildArgs) {
            Map<String, String> environment = new HashMap<>();
            instructions.stream().filter(i -> i.keyword().equals("ENV")).map(i -> resolve(i.arguments(), buildArgs))
                    .forEach(arguments -> {
                        assertThat(arguments).as("ENV of stage " + name + " as NAME=value or NAME=\"value\"")
                                .matches("(" + ENV_PAIR.pattern() + "\\s*)+");
                        Matcher pair = ENV_PAIR.matcher(arguments);
                        while (pair.find()) {
                            environment.put(pair.group(1), pair.group(2) != null ? pair.group(2) : pair.group(3));
                        }
                    });
            return environment;
        }

        /** ${NAME} of an ARG that the stage declares: the build argument, else its default; of any other, empty. */
        private String resolve(String text, Map<String, String> buildArgs) {
            Map<String, String> declared = new HashMap<>();
            instructions.stream().filter(i -> i.keyword().equals("ARG")).map(i -> i.arguments().split("=", 2))
                    .forEach(arg -> declared.put(arg[0], buildArgs.getOrDefault(arg[0], arg.length > 1 ? arg[1] : "")));
            return expand(text, name -> declared.getOrDefault(name, ""));
        }
    }

    /** A Dockerfile's stages, its continued lines joined and its comments left out. */
    private record Dockerfile(List<Stage> stages) {

        static Dockerfile parse(List<String> lines) {
            List<Stage> stages = new ArrayList<>();
            List<Instruction> instructions = null;
            Path workdir = Path.of("/");
            StringBuilder pending = new StringBuilder();
            int index = 0;
            for (String line : lines) {
                if (line.isBlank() || line.trim().startsWith("#")) {
                    continue;
                }
                if (line.endsWith("\\")) {
                    pending.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                String[] instruction = pending.append(line).toString().trim().split("\\s+", 2);
                pending.setLength(0);
                String keyword = instruction[0].toUpperCase(Locale.ROOT);
                String arguments = instruction.length > 1 ? instruction[1] : "";
                if (keyword.equals("FROM")) {
                    String[] from = arguments.split("\\s+");
                    instructions = new ArrayList<>();
                    stages.add(new Stage(from.length == 3 && from[1].equalsIgnoreCase("AS") ? from[2]
                            : String.valueOf(stages.size()), instructions));
                    workdir = Path.of("/");
                } else if (keyword.equals("WORKDIR")) {
                    workdir = workdir.resolve(arguments);
                }
                assertThat(instructions).as("the Dockerfile starts with FROM").isNotNull();
                instructions.add(new Instruction(index++, keyword, arguments, workdir));
            }
            return new Dockerfile(stages);
        }

        Stage stage(String name) {
            return stages.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("the Dockerfile has no stage " + name));
        }

        /** The one stage that runs Maven. */
        Stage buildStage() {
            List<Stage> building = stages.stream()
                    .filter(s -> s.instructions().stream().anyMatch(Instruction::runsMaven)).toList();
            assertThat(building).as("stages that run Maven").hasSize(1);
            return building.get(0);
        }
    }
}
