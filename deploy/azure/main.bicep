// RoleBot on Azure: an App Service (Linux) running the RoleBot container, and an Azure Bot resource whose messaging
// endpoint is that app's /api/messages, with the Microsoft Teams channel enabled.
//   az deployment group create -g <group> -f deploy/azure/main.bicep \
//     -p botName=rolebot-contoso microsoftAppId=<app id> microsoftAppPassword=<secret> containerImage=<registry>/rolebot:1.0.0
targetScope = 'resourceGroup'

@description('Globally unique name of the bot; also the prefix of the App Service names.')
@minLength(2)
@maxLength(40)
param botName string

@description('Region of the App Service (the bot resource itself is global).')
param location string = resourceGroup().location

@description('Entra application (client) id of the bot registration, or the client id of the user-assigned identity for UserAssignedMSI.')
param microsoftAppId string

@description('Client secret of the app registration; leave empty for UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@allowed([ 'SingleTenant', 'UserAssignedMSI', 'MultiTenant' ])
@description('SingleTenant is the default: Azure no longer creates new multi-tenant bots.')
param microsoftAppType string = 'SingleTenant'

@description('Tenant of the app registration.')
param microsoftAppTenantId string = subscription().tenantId

@description('Resource id of the user-assigned managed identity (UserAssignedMSI only).')
param managedIdentityResourceId string = ''

@description('Container image built from deploy/Dockerfile, e.g. myregistry.example/rolebot:1.0.0.')
param containerImage string

@allowed([ 'B1', 'B2', 'S1', 'P0v3', 'P1v3' ])
param appServiceSku string = 'B1'

@allowed([ 'F0', 'S1' ])
param botSku string = 'F0'

var isMsi = microsoftAppType == 'UserAssignedMSI'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${botName}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${botName}-app'
  location: location
  kind: 'app,linux,container'
  identity: isMsi ? {
    type: 'UserAssigned'
    userAssignedIdentities: { '${managedIdentityResourceId}': {} }
  } : { type: 'None' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'WEBSITES_PORT', value: '3978' }
        // /home is App Service's persistent storage: the feedback database survives restarts and deployments.
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
        { name: 'State__FeedbackDatabase', value: '/home/data/rolebot.db' }
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppId', value: microsoftAppId }
        { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
        { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'RoleBot'
    description: 'Answers questions about roles by quoting your documents, with numbered sources.'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId
    msaAppMSIResourceId: isMsi ? managedIdentityResourceId : null
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Messaging endpoint registered on the bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('Host name to pass to deploy/teams/package.sh.')
output botHost string = app.properties.defaultHostName
