using FluentValidation;
using MediatR;

namespace ReliefPlatform.Architecture.Tests.Support;

/// <summary>The MediatR and FluentValidation types of the Application assembly, found by reflection.</summary>
internal static class ApplicationTypes
{
    public static IReadOnlyList<Type> All { get; } =
        Layers.Application.GetTypes().Where(t => !t.IsCompilerGenerated()).ToList();

    /// <summary>Classes and structs that implement <c>IRequest&lt;TResponse&gt;</c> (interfaces such as <c>ICommand&lt;T&gt;</c> excluded).</summary>
    public static IReadOnlyList<Type> Requests { get; } =
        All.Where(t => !t.IsInterface && t.InterfacesOf(typeof(IRequest<>)).Any()).ToList();

    /// <summary>Every class implementing <c>IRequestHandler&lt;,&gt;</c>, including abstract and generic bases.</summary>
    public static IReadOnlyList<Type> Handlers { get; } =
        All.Where(t => t.IsClass && t.InterfacesOf(typeof(IRequestHandler<,>)).Any()).ToList();

    public static IReadOnlyList<Type> Validators { get; } =
        All.Where(t => t.IsClass && t.BaseOf(typeof(AbstractValidator<>)) is not null).ToList();
}
