package org.waqai.store.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The user name and password of the embedded server's Bolt connector. The password is generated on first start and
 * kept in {@value #FILE_NAME} in the data directory, readable and writable by its owner only (0600); the service,
 * the command line and cypher-shell all read it from there. The file is the source of truth: the server is given
 * its password at every start, so deleting the file makes a new one.
 *
 * @param user always {@value #USER}, the one user of Neo4j Community
 * @param password the generated password
 */
public record BoltCredentials(String user, String password) {
  public static final String USER = "neo4j";
  public static final String FILE_NAME = "bolt-password";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Never shows the password. */
  @Override
  public String toString() {
    return "BoltCredentials[user=" + user + ", password=***]";
  }

  /** Where the password of the server in {@code dataDir} is kept. */
  public static Path file(Path dataDir) {
    return dataDir.resolve(FILE_NAME);
  }

  /** Reads the stored password, generating and storing one first when there is none. */
  public static BoltCredentials forDataDir(Path dataDir) {
    Path file = file(dataDir);
    try {
      Files.createDirectories(dataDir);
      if (!Files.exists(file)) {
        create(file);
      }
      ownerOnly(file);
      String password = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (password.length() < 8) {
        throw new IllegalStateException(file + " holds no usable password (8 characters or more); delete it to "
            + "have a new one generated");
      }
      return new BoltCredentials(USER, password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the Bolt password in " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try {
      // Created with its permissions, so that the password is never readable by others, not even for a moment.
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system: its default protection applies
    } catch (FileAlreadyExistsException e) {
      return; // another process made it first: use theirs
    }
    Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
  }

  /** A file copied or restored with wider permissions is tightened again. */
  private static void ownerOnly(Path file) throws IOException {
    try {
      if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }
}
