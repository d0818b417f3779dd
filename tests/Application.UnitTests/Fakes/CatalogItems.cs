using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Application.UnitTests.Fakes;

/// <summary>Service items shaped like the catalog file's.</summary>
internal static class CatalogItems
{
    public static ServiceItem Dibao()
    {
        var item = new ServiceItem(ItemCode.Parse("civil.dibao"), DepartmentCode.Parse("civil"), "最低生活保障", "Minimum living allowance", "living", 30, 15);
        item.Define(
            DepartmentCode.Parse("civil"), "最低生活保障", "Minimum living allowance", "living", 30, 15,
            "为家庭人均收入低于当地标准的居民提供基本生活保障。", "Basic living support for low-income households.",
            "本地户籍居民", "Residents registered locally", 1,
            ["低保"],
            [
                new ItemField("householdSize", "家庭人口", "Household size", FieldType.Integer, Required: true, Min: 1, Max: 20),
                new ItemField("monthlyIncome", "家庭月收入（元）", "Monthly household income (yuan)", FieldType.Money, Required: true, Min: 0),
                new ItemField(
                    "hukouType", "户口类型", "Household registration", FieldType.Select, Required: true,
                    Options: [new FieldOption("urban", "城镇", "Urban"), new FieldOption("rural", "农村", "Rural")]),
            ],
            [new RequiredDocument("hukou", "户口簿", "Household register", Required: true)]);
        return item;
    }

    public static ServiceItem StudentAid() => new(ItemCode.Parse("edu.student-aid"), DepartmentCode.Parse("edu"), "学生资助", "Student aid", "education", 20, 0);
}
