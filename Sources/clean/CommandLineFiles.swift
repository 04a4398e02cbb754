import ArgumentParser

extension CleanCommand {
    /// The command a command line says, as `parse(_:)` reads it, for any
    /// number of files.
    ///
    /// ArgumentParser reads the values of a repeating argument in time
    /// quadratic in their number: each value copies the array read so far
    /// and merges the set of every position read so far. `clean --check`
    /// over 8,000 empty files spent three fifths of its 3.8 s in it. So the
    /// words after the last option (a word that starts with `-`; a lone `-`
    /// is standard input, a file) are not all given to it: no option takes
    /// more than one value, so of those words only the first may be an
    /// option's value (`-o out a.txt`), and every one after the second is a
    /// file. ArgumentParser reads the rest of the line, those files are
    /// added after its own, in order, and the command is validated again,
    /// seeing every file.
    static func parse(commandLine arguments: [String]) throws -> CleanCommand {
        let afterOptions = (arguments.lastIndex { $0.hasPrefix("-") && $0 != "-" } ?? -1) + 1
        let read = min(arguments.count, afterOptions + 2)
        guard read < arguments.count else { return try parse(arguments) }
        var command = try parse(Array(arguments[..<read]))
        command.files += arguments[read...]
        try command.validate()
        return command
    }
}
