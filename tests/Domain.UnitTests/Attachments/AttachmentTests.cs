using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Attachments;

public class AttachmentTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void LinkTo_WhenAlreadyPartOfAnotherApplication_Throws()
    {
        var attachment = Upload();
        attachment.LinkTo(Guid.NewGuid(), AttachmentStage.Application);

        Assert.Equal("attachment-linked", Assert.Throws<DomainException>(() => attachment.LinkTo(Guid.NewGuid(), AttachmentStage.Supplement)).Code);
    }

    [Fact]
    public void LinkTo_TheSameApplicationAgain_KeepsIt()
    {
        var attachment = Upload();
        var application = Guid.NewGuid();

        attachment.LinkTo(application, AttachmentStage.Application);
        attachment.LinkTo(application, AttachmentStage.Application);

        Assert.Equal((application, AttachmentStage.Application), (attachment.ApplicationId, attachment.Stage));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Attachment.MaxBytes + 1)]
    public void Upload_WhenEmptyOrTooLarge_Throws(long size)
    {
        Assert.Equal("too-large", Assert.Throws<DomainException>(() => Attachment.Upload(Guid.NewGuid(), ItemCode.Parse("civil.dibao"), null, "image/png", size, new string('a', 64), "a.png", Now)).Code);
    }

    private static Attachment Upload() => Attachment.Upload(Guid.NewGuid(), ItemCode.Parse("civil.dibao"), " idCard ", "image/jpeg", 1000, new string('a', 64), "", Now);
}
