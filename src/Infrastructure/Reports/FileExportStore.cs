using System.Security.Cryptography;
using ReliefPlatform.Application.Reports.Exports;

namespace ReliefPlatform.Infrastructure.Reports;

/// <summary>
/// The export archive on the file system (<c>Exports:Directory</c>, by default <c>data/exports</c>):
/// files named by their SHA-256, written once through a scratch file and a rename, never changed.
/// </summary>
internal sealed class FileExportStore(string directory) : IExportStore
{
    private string ScratchDirectory => Path.Combine(directory, "scratch");

    public Stream CreateScratch(out string scratchName)
    {
        Directory.CreateDirectory(ScratchDirectory);
        scratchName = Guid.NewGuid().ToString("N");
        return new FileStream(Path.Combine(ScratchDirectory, scratchName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, useAsync: true);
    }

    public async Task<(string FileName, long Size, string Sha256)> ArchiveAsync(string scratchName, string extension, CancellationToken cancellationToken)
    {
        var scratch = Path.Combine(ScratchDirectory, Path.GetFileName(scratchName));
        string sha256;
        await using (var stream = File.OpenRead(scratch))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }

        var fileName = $"{sha256}.{extension}";
        var target = Path.Combine(directory, fileName);
        var size = new FileInfo(scratch).Length;
        if (File.Exists(target))
        {
            // The same bytes are archived already (a reproduction): keep the first copy.
            File.Delete(scratch);
        }
        else
        {
            File.Move(scratch, target);
        }

        return (fileName, size, sha256);
    }

    public void DeleteScratch(string scratchName) => File.Delete(Path.Combine(ScratchDirectory, Path.GetFileName(scratchName)));

    public Stream? OpenRead(string fileName)
    {
        var path = Path.Combine(directory, Path.GetFileName(fileName));
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
    }
}
