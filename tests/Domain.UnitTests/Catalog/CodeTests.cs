using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Catalog;

public class CodeTests
{
    [Theory]
    [InlineData("civil.dibao")]
    [InlineData("medins.offsite-reimbursement")]
    [InlineData("a_b.c-1")]
    public void ItemCode_Parse_WhenLowerCaseSlug_KeepsTheRawCode(string raw)
    {
        var code = ItemCode.Parse(raw);

        Assert.Equal(raw, code.Value);
        Assert.Equal(raw, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Civil.dibao")]
    [InlineData(".dibao")]
    [InlineData("civil dibao")]
    [InlineData("../../etc/passwd")]
    [InlineData("低保")]
    public void ItemCode_TryParse_WhenNotALowerCaseSlug_Fails(string raw)
    {
        Assert.False(ItemCode.TryParse(raw, out _));
        Assert.Equal("itemCode", Assert.Throws<CodeFormatException>(() => ItemCode.Parse(raw)).Field);
    }

    [Fact]
    public void ItemCode_TryParse_WhenLongerThanTheColumn_Fails()
    {
        Assert.True(ItemCode.TryParse(new string('a', ItemCode.MaxLength), out _));
        Assert.False(ItemCode.TryParse(new string('a', ItemCode.MaxLength + 1), out _));
    }

    [Theory]
    [InlineData("civil", true)]
    [InlineData("medins", true)]
    [InlineData("civil.dibao", false)]
    [InlineData("CIVIL", false)]
    [InlineData("", false)]
    [InlineData("abcdefghijklmnopq", false)]
    public void DepartmentCode_TryParse_AcceptsOnlyAShortSlugWithoutDots(string raw, bool expected)
    {
        Assert.Equal(expected, DepartmentCode.TryParse(raw, out var code));
        Assert.Equal(expected ? raw : null, code?.Value);
    }

    [Fact]
    public void Equality_IsByValueAndKind()
    {
        Assert.Equal(ItemCode.Parse("civil.dibao"), ItemCode.Parse("civil.dibao"));
        Assert.NotEqual<object>(ItemCode.Parse("civil"), DepartmentCode.Parse("civil"));
    }
}
