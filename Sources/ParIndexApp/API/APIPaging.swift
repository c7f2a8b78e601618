import Vapor
import ParIndexData

/// Paging of API lists in headers, so a list's body stays what it was (an array):
/// `X-Total-Count`, `X-Page`, `X-Page-Count`, and `Link` with `rel="next"` / `rel="prev"`.
enum APIPaging {
    static func describe<Row>(_ page: ListPage<Row>, path: String, query: [(String, String)], in response: Response) {
        response.headers.replaceOrAdd(name: "X-Total-Count", value: String(page.total))
        response.headers.replaceOrAdd(name: "X-Page", value: String(page.page))
        response.headers.replaceOrAdd(name: "X-Page-Count", value: String(page.pageCount))
        var links: [String] = []
        if page.page < page.pageCount { links.append("<\(ListFilter.link(path, query + [("page", String(page.page + 1))]))>; rel=\"next\"") }
        if page.page > 1 { links.append("<\(ListFilter.link(path, query + [("page", String(page.page - 1))]))>; rel=\"prev\"") }
        if !links.isEmpty { response.headers.replaceOrAdd(name: "Link", value: links.joined(separator: ", ")) }
    }
}
