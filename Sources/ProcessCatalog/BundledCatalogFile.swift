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
        var directories = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.append(executable.deletingLastPathComponent())
        }
        var searched: [String] = []
        for directory in directories {
            let bundleURL = directory.appendingPathComponent(bundleName, isDirectory: true)
            guard !searched.contains(bundleURL.path) else { continue }
            searched.append(bundleURL.path)
            if let url = Bundle(url: bundleURL)?.url(forResource: "apqc-pcf", withExtension: "yaml"),
                FileManager.default.isReadableFile(atPath: url.path)
            {
                return url
            }
        }
        throw .fileMissing(searched: searched)
    }
}
