// SPDX-License-Identifier: GPL-3.0-or-later
// cockpit-askpass: the SSH_ASKPASS helper ssh-keygen is started with when the cockpit signs (SshKeygen).
// It prints the passphrase (or FIDO PIN) it reads from the inherited pipe named by COCKPIT_ASKPASS_FD and
// nothing else; the pipe holds it once, so a second prompt gets nothing and fails. It never reads a
// terminal, an argument or an environment variable for the secret. Notifications and confirmations
// (SSH_ASKPASS_PROMPT=none|confirm, e.g. "touch your security key") are accepted without reading the pipe.
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

int main()
{
    const char *prompt = std::getenv("SSH_ASKPASS_PROMPT");
    if (prompt && (std::strcmp(prompt, "none") == 0 || std::strcmp(prompt, "confirm") == 0))
        return 0;
    const char *fdText = std::getenv("COCKPIT_ASKPASS_FD");
    if (!fdText || !*fdText)
        return 1;
    char *end = nullptr;
    const long fd = std::strtol(fdText, &end, 10);
    if (*end != '\0' || fd < 3 || fd > 1 << 20)
        return 1;
    char buffer[4096];
    size_t used = 0;
    while (used < sizeof buffer) {
        const ssize_t n = ::read(int(fd), buffer + used, sizeof buffer - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        used += size_t(n);
    }
    ::close(int(fd));
    if (used == 0 || used == sizeof buffer) {
        ::explicit_bzero(buffer, sizeof buffer);
        return 1; // nothing offered (or more than a passphrase): the prompt is cancelled
    }
    buffer[used++] = '\n';
    size_t written = 0;
    while (written < used) {
        const ssize_t n = ::write(STDOUT_FILENO, buffer + written, used - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += size_t(n);
    }
    ::explicit_bzero(buffer, sizeof buffer);
    return written == used ? 0 : 1;
}
