using System.Globalization;

namespace ReliefPlatform.Application.UnitTests.Fakes;

/// <summary>Switches <see cref="CultureInfo.CurrentUICulture"/> for one test and restores it on dispose.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
