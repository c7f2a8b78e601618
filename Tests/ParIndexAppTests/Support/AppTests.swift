import Testing

/// Every database test lives in this suite, one at a time: on PostgreSQL they share one
/// database, which each test reverts and migrates afresh.
@Suite("App", .serialized)
struct AppTests {}
