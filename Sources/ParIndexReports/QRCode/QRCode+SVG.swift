extension QRCode {
    /// The code as a standalone SVG: one path of dark runs per row, a quiet zone of four modules
    /// (the standard's minimum), crisp edges so no scanner sees anti-aliased grey; `title` is
    /// what a screen reader announces (the link itself, usually).
    public func svg(title: String, moduleSize: Int = 8) -> String {
        let quiet = 4
        let side = size + 2 * quiet
        var path = ""
        for (row, line) in modules.enumerated() {
            var column = 0
            while column < size {
                guard line[column] else { column += 1; continue }
                let start = column
                while column < size, line[column] { column += 1 }
                path += "M\(start + quiet) \(row + quiet)h\(column - start)v1h-\(column - start)z"
            }
        }
        let pixels = side * moduleSize
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="\(pixels)" height="\(pixels)" \
            shape-rendering="crispEdges" role="img" aria-label="\(Self.escaped(title))">\
            <title>\(Self.escaped(title))</title>\
            <rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
