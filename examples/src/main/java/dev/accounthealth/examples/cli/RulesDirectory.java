package dev.accounthealth.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.stream.Stream;

/**
 * The trust rule for {@code --rules}: a DRL file is code, and its actions run with the rights
 * of whoever runs the tool (they can end the process, write files, open connections). So the
 * tool runs a rules directory only when the user owns it and everything in it, and no other
 * user can write to any of it.
 *
 * <p>On a POSIX file system every file and directory under the rules directory, the directory
 * itself included, must be owned by the current user and not be writable by others (the
 * {@code o+w} bit); a symbolic link is judged by what it points to. On a file system without
 * POSIX permissions (Windows) only the owner is checked, as the ACLs that decide who may write
 * are not read.
 */
final class RulesDirectory {

    private RulesDirectory() {
    }

    /**
     * Checks {@code directory} for the user running the tool.
     *
     * @throws InputError saying which file is not to be trusted and why
     */
    static void check(Path directory) {
        UserPrincipal user;
        try {
            user = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException e) {
            throw new InputError("cannot check --rules " + directory + ": who you are is unknown to the file system ("
                    + e.getMessage() + ")");
        }
        check(directory, user);
    }

    /**
     * Checks {@code directory} for {@code user}.
     *
     * @throws InputError saying which file is not to be trusted and why
     */
    static void check(Path directory, UserPrincipal user) {
        if (!Files.exists(directory)) {
            throw new InputError("cannot read --rules " + directory + ": no such directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new InputError("cannot read --rules " + directory + ": not a directory");
        }
        boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (posix) {
                    checkPosix(directory, path, user);
                } else {
                    checkOwner(directory, path, Files.getOwner(path), user);
                }
            }
        } catch (IOException e) {
            throw new InputError("cannot read --rules " + directory + ": " + InputError.reason(e));
        }
    }

    private static void checkPosix(Path directory, Path path, UserPrincipal user) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
        checkOwner(directory, path, attributes.owner(), user);
        if (attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            throw refused(directory, path, "can be changed by every user ("
                    + PosixFilePermissions.toString(attributes.permissions()) + ")", "chmod o-w " + path);
        }
    }

    private static void checkOwner(Path directory, Path path, UserPrincipal owner, UserPrincipal user) {
        if (!owner.equals(user)) {
            throw refused(directory, path, "is owned by " + owner.getName() + ", not by you (" + user.getName() + ")",
                    "copy the rules into a directory of your own");
        }
    }

    private static InputError refused(Path directory, Path path, String why, String remedy) {
        return new InputError("refusing --rules " + directory + ": " + path + " " + why
                + ". Rule files are code that runs with your rights, so only you may change them: "
                + remedy + ".");
    }
}
