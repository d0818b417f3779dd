namespace ReliefPlatform.Domain.Catalog;

/// <summary>A government department responsible for some service items (reference data from the catalog file).</summary>
public sealed class Department
{
    public const int CodeMaxLength = DepartmentCode.MaxLength;

    private Department()
    {
        Code = Name = NameEn = string.Empty;
    }

    public Department(DepartmentCode code, string name, string nameEn, int sortOrder)
        : this()
    {
        Code = code.Value;
        Name = name;
        NameEn = nameEn;
        SortOrder = sortOrder;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string NameEn { get; private set; }

    public int SortOrder { get; private set; }

    public void Rename(string name, string nameEn, int sortOrder)
    {
        Name = name;
        NameEn = nameEn;
        SortOrder = sortOrder;
    }
}
