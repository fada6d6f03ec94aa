/// A one-line progress counter on standard error, shown only on a terminal.
final class Progress {
    private let console: Console
    private let enabled: Bool
    private var count = 0
    private var shown = false
    private let started = MonotonicClock.now()

    init(console: Console, enabled: Bool) {
        self.console = console
        self.enabled = enabled
    }

    /// Counts one input; redraws every 64.
    func tick() {
        count += 1
        guard enabled, count % 64 == 0 else { return }
        let seconds = max(MonotonicClock.now() - started, 1e-9)
        console.write("\r\u{1B}[2K  \(count) articles · \(Int(Double(count) / seconds)) articles/s")
        console.flush()
        shown = true
    }

    /// Erases the line, before other output or at the end.
    func clear() {
        guard shown else { return }
        console.write("\r\u{1B}[2K")
        console.flush()
        shown = false
    }
}
