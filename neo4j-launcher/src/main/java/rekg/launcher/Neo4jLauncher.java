package rekg.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts a throw-away Neo4j Community server in this JVM for rekg's tests.
 *
 * <p>Bolt listens on a free loopback port and the data lives in a temporary folder that is
 * deleted on exit. When the server is ready the Bolt URI is printed alone on one line of
 * standard output; the server stops when standard input reaches end of file.
 *
 * <p>With {@code --auth}, authentication is enabled and the user {@code neo4j} gets the password
 * from the environment variable {@code NEO4J_PASSWORD} (so that it never shows in a process
 * listing); without it, authentication is disabled.
 */
public final class Neo4jLauncher {
    private static final String PASSWORD_ENV = "NEO4J_PASSWORD";

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        boolean auth = false;
        for (String arg : args) {
            if (arg.equals("--auth")) {
                auth = true;
            } else {
                System.err.println("neo4j-launcher: unknown argument " + arg + " (known: --auth)");
                System.exit(2);
            }
        }
        String password = System.getenv(PASSWORD_ENV);
        if (auth && (password == null || password.length() < 8)) {
            System.err.println("neo4j-launcher: --auth needs " + PASSWORD_ENV
                    + " set to a password of at least 8 characters");
            System.exit(2);
        }

        Path workDir = Files.createTempDirectory("rekg-neo4j-");
        Neo4j neo4j = null;
        try {
            neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
                    .withDisabledServer()
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .withConfig(GraphDatabaseSettings.udc_enabled, false)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                    .build();
            if (auth) {
                setPassword(neo4j, password);
            }
            Neo4j running = neo4j;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, workDir)));
            URI bolt = neo4j.boltURI();
            System.out.println("bolt://127.0.0.1:" + bolt.getPort());
            System.out.flush();
            waitForEndOfInput(System.in);
        } catch (Throwable error) {
            System.err.println("neo4j-launcher: " + error);
            if (neo4j != null) {
                stop(neo4j, workDir);
            } else {
                deleteTree(workDir);
            }
            System.exit(1);
        }
        // stop() runs in the shutdown hook, also on SIGTERM.
        System.exit(0);
    }

    private static void setPassword(Neo4j neo4j, String password) {
        GraphDatabaseService system = neo4j.databaseManagementService().database("system");
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
    }

    private static void waitForEndOfInput(InputStream input) throws IOException {
        byte[] buffer = new byte[256];
        while (input.read(buffer) >= 0) {
            // Input is only a lifeline: when the parent goes away, its end closes.
        }
    }

    private static synchronized void stop(Neo4j neo4j, Path workDir) {
        if (!Files.exists(workDir)) {
            return;
        }
        try {
            neo4j.close();
        } catch (RuntimeException error) {
            System.err.println("neo4j-launcher: error while stopping: " + error);
        }
        deleteTree(workDir);
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                        throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                        throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException error) {
            System.err.println("neo4j-launcher: could not delete " + root + ": " + error);
        }
    }
}
