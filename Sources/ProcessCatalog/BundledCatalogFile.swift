import Foundation

/// Where the catalog file `apqc-pcf.yaml` that ships with crmkit is, as a resource of this target.
public enum BundledCatalogFile {
    /// The file's name inside the resource bundle.
    public static let fileName = "apqc-pcf.yaml"

    /// The name SwiftPM gives this target's resource bundle (package `crmkit`, target `ProcessCatalog`).
    #if os(Linux) || os(Windows) || os(Android)
        static let bundleName = "crmkit_ProcessCatalog.resources"
    #else
        static let bundleName = "crmkit_ProcessCatalog.bundle"
    #endif

    /// The location of the bundled catalog file.
    ///
    /// SwiftPM's generated `Bundle.module` calls `fatalError` when the resource bundle is missing, which
    /// would crash crmkit on a broken install instead of explaining it. So this looks where `Bundle.module`
    /// looks first — beside the running program (`Bundle.main.bundleURL`) — and also beside the real
    /// executable when it was started through a symbolic link (e.g. `/usr/local/bin/crmkit`), and throws
    /// when neither has it.
    /// - Throws: `APQCCatalogError.fileMissing` listing the places looked at.
    public static func url() throws(APQCCatalogError) -> URL {
        switch ResourceBundle.url(forResource: "apqc-pcf", withExtension: "yaml", inBundleNamed: bundleName) {
        case .success(let url): return url
        case .failure(let missing): throw .fileMissing(searched: missing.searched)
        }
    }
}

/// Finds a resource of one of crmkit's targets without SwiftPM's `Bundle.module`, which calls `fatalError`
/// when the resource bundle is missing: a broken install must be explained, not crash.
public enum ResourceBundle {
    public struct Missing: Error, Sendable {
        /// The bundle folders that were looked in.
        public var searched: [String]
    }

    /// The resource `name.ext` (or the folder `name` when `ext` is `nil`) in the bundle `bundleName`, looked
    /// for where `Bundle.module` looks first — beside the running program — and beside the real executable
    /// when it was started through a symbolic link.
    public static func url(forResource name: String, withExtension ext: String?, inBundleNamed bundleName: String)
        -> Result<URL, Missing>
    {
        var directories = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.append(executable.deletingLastPathComponent())
        }
        var searched: [String] = []
        for directory in directories {
            let bundleURL = directory.appendingPathComponent(bundleName, isDirectory: true)
            guard !searched.contains(bundleURL.path) else { continue }
            searched.append(bundleURL.path)
            if let url = Bundle(url: bundleURL)?.url(forResource: name, withExtension: ext),
                FileManager.default.isReadableFile(atPath: url.path)
            {
                return .success(url)
            }
        }
        return .failure(Missing(searched: searched))
    }

    /// The name SwiftPM gives the resource bundle of `target` in this package.
    public static func bundleName(ofTarget target: String) -> String {
        #if os(Linux) || os(Windows) || os(Android)
            "crmkit_\(target).resources"
        #else
            "crmkit_\(target).bundle"
        #endif
    }
}
