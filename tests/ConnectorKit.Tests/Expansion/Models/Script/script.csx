public class Script : ScriptBase
{
    // Maps Edm types to JSON schema types: café.
}
