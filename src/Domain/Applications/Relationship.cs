namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// Whom a resident account files for: itself, or a family member it names. A closed list, the kinships
/// of 《民法典》 that social assistance counts in one household or as supporters (赡养、抚养、扶养).
/// </summary>
public enum Relationship
{
    /// <summary>本人.</summary>
    Self,

    /// <summary>配偶.</summary>
    Spouse,

    /// <summary>子女 (the account holder's child).</summary>
    Child,

    /// <summary>父母.</summary>
    Parent,

    /// <summary>兄弟姐妹.</summary>
    Sibling,

    /// <summary>祖父母、外祖父母.</summary>
    Grandparent,

    /// <summary>孙子女、外孙子女.</summary>
    Grandchild,
}

public static class RelationshipNames
{
    public static string Zh(Relationship relationship) => relationship switch
    {
        Relationship.Self => "本人",
        Relationship.Spouse => "配偶",
        Relationship.Child => "子女",
        Relationship.Parent => "父母",
        Relationship.Sibling => "兄弟姐妹",
        Relationship.Grandparent => "祖父母/外祖父母",
        Relationship.Grandchild => "孙子女/外孙子女",
        _ => relationship.ToString(),
    };
}
