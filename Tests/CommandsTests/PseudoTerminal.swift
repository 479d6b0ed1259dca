import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs `crmkit` on a real pseudo-terminal, as a facilitator's shell would: standard input, output and
/// error are the terminal's slave side, and the test types on the master side.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let master: Int32
    let process = Process()
    /// Everything the program wrote so far.
    private(set) var transcript = ""
    private var unread = ""

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else {
            throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        self.master = master
        // No echo: the transcript holds what the program wrote, not what the test typed.
        var settings = termios()
        tcgetattr(slave, &settings)
        settings.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(slave, TCSANOW, &settings)

        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = try CLI.executable()
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.merge(environment) { _, new in new }
        process.environment = env
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try handle.close()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Reads until the output ends with `suffix` (a prompt) and returns what came since the last read, or
    /// `nil` when the program ended first.
    func read(until suffix: String, timeout: TimeInterval = 30) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        var bytes: [UInt8] = []
        while true {
            let text = String(decoding: bytes, as: UTF8.self)
            if text.hasSuffix(suffix) {
                transcript += text
                return unread + text
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                throw Failure(description: "no \"\(suffix)\" within \(timeout) s; last output:\n\(text.suffix(2000))")
            }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000))
            if ready > 0 {
                let count = Glibc.read(master, &buffer, buffer.count)
                if count <= 0 {
                    // EIO: every copy of the slave side is closed — the program ended.
                    transcript += text
                    return nil
                }
                bytes += buffer[0..<count]
            } else if !process.isRunning {
                // Drain what is left, then report the end.
                let count = Glibc.read(master, &buffer, buffer.count)
                if count > 0 {
                    bytes += buffer[0..<count]
                    continue
                }
                transcript += text
                return nil
            }
        }
    }

    func type(_ line: String) {
        let data = Array((line + "\n").utf8)
        data.withUnsafeBytes { _ = Glibc.write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the program to end and returns its exit status.
    func wait(timeout: TimeInterval = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            // Keep the terminal drained so the program never blocks on a full buffer.
            _ = try? read(until: "\u{0}never", timeout: 0.2)
            guard Date() < deadline else { throw Failure(description: "crmkit did not end within \(timeout) s") }
        }
        return process.terminationStatus
    }
}
