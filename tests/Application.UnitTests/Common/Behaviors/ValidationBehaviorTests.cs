using FluentValidation;
using MediatR;
using ReliefPlatform.Application.Common.Behaviors;
using ValidationException = ReliefPlatform.Application.Common.Exceptions.ValidationException;

namespace ReliefPlatform.Application.UnitTests.Common.Behaviors;

public class ValidationBehaviorTests
{
    [Fact]
    public async Task Handle_WhenValidatorsFail_ThrowsValidationExceptionWithEveryError()
    {
        var nextCalled = false;
        IValidator<RenameCommand>[] validators =
        [
            new InlineValidator<RenameCommand> { v => v.RuleFor(c => c.Name).NotEmpty().WithMessage("name required") },
            new InlineValidator<RenameCommand>
            {
                v => v.RuleFor(c => c.Count).GreaterThan(0).WithMessage("count positive"),
                v => v.RuleFor(c => c.Name).MinimumLength(2).WithMessage("name too short"),
            },
        ];
        var behavior = new ValidationBehavior<RenameCommand, string>(validators);

        var exception = await Record.ExceptionAsync(() => behavior.Handle(
            new RenameCommand(string.Empty, 0),
            CancellationToken.None,
            () =>
            {
                nextCalled = true;
                return Task.FromResult("handled");
            }));

        var validation = Assert.IsType<ValidationException>(exception);
        Assert.Equal(["count", "name"], validation.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["name required", "name too short"], validation.Errors["name"]);
        Assert.Equal(["count positive"], validation.Errors["count"]);
        Assert.False(nextCalled);
    }

    [Fact]
    public async Task Handle_WhenValidatorsPass_CallsNext()
    {
        IValidator<RenameCommand>[] validators = [new InlineValidator<RenameCommand> { v => v.RuleFor(c => c.Name).NotEmpty() }];
        var behavior = new ValidationBehavior<RenameCommand, string>(validators);

        var response = await behavior.Handle(new RenameCommand("valid", 1), CancellationToken.None, () => Task.FromResult("handled"));

        Assert.Equal("handled", response);
    }

    [Fact]
    public async Task Handle_WhenThereAreNoValidators_CallsNext()
    {
        var behavior = new ValidationBehavior<RenameCommand, string>([]);

        var response = await behavior.Handle(new RenameCommand(string.Empty, 0), CancellationToken.None, () => Task.FromResult("handled"));

        Assert.Equal("handled", response);
    }

    internal sealed record RenameCommand(string Name, int Count) : IRequest<string>;
}
