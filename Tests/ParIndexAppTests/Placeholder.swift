import Testing
import VaporTesting
@testable import ParIndexApp
